// Keeps every stage library non-empty while a stage is being built.
