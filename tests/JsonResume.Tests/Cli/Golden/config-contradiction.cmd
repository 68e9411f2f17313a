validate --config config/.jsonresume.json --no-config valid.json
