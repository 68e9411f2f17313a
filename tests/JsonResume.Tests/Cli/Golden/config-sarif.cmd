validate --format sarif --config config/.jsonresume.json bad-contact.json
