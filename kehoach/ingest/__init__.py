"""Document → text → structured plan data (schema `kehoach.ingest/1`); no Django import."""
