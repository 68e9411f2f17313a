validate valid.json missing.json . nothing/*.json
