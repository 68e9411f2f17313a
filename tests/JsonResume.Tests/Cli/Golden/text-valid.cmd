validate valid.json
