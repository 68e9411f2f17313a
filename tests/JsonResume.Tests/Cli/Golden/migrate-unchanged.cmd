migrate valid.json
