"""What readers see: figures, narrative, the interactive view, exports, reports, evidence."""
