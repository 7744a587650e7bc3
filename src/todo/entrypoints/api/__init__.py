"""The REST API: FastAPI routes over the service layer."""
