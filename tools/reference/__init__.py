"""The API reference pages (docs/api/<vendor>.md): `python -m tools.apiref` writes them."""
