init valid.json
