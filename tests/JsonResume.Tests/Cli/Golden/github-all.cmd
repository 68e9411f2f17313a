validate --format github *.json
