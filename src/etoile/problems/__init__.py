"""Compile the domain into index-based problem data for one solver, with id<->index maps."""
