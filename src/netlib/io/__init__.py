"""Reading and writing files: documents, the manifest, the checked CSV reader, table schemas."""
