"""Use cases shared by the CLI and the API: cast a season, forecast it, plan it."""
