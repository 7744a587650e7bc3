"""The doors into the product; each one is thin and calls only the service layer."""
