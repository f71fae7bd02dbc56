"""A client library for accessing Visma e-conomic Suppliers API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
