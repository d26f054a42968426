"""The upstream watch: check a vendor's source, name the Python impact, report, take it in."""
