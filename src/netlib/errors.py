"""The one error type the command line turns into exit status 2 and one clear line."""

__all__ = ["InputError"]


class InputError(Exception):
    """Unusable input: a file, a manifest row or a parameter the tool cannot work with.

    The message names the file (or row) and the problem in one line; the command line prints
    it on stderr and exits with status 2, never with a traceback.
    """

    def __init__(self, where, problem):
        self.where = str(where)
        self.problem = str(problem)
        super().__init__(f"{self.where}: {self.problem}")

    def __reduce__(self):
        # rebuilt from its two parts when it crosses from a worker process
        return type(self), (self.where, self.problem)
