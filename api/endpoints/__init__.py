"""The API's operations, one router per subject; api.api mounts them."""
