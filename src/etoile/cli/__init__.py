"""The etoile command line: thin Typer commands that call services."""
