"""Entity recognizers, one entity type per module: substance, quantity, price,
crypto address, contact, PGP, location."""
