"""Development tools of the project: publishing checks and the document-to-spec check."""
