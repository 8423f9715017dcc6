// Placeholder while the foundation is written.
