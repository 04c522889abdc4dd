"""Pydantic schemas of the API, split by direction: ``...Create``/``...Update`` come in,
``...Public`` go out (never a password hash or a stored token)."""
