"""A developer's journey through a client generated from the contract (no project code)."""
