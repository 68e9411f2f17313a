migrate missing.json
