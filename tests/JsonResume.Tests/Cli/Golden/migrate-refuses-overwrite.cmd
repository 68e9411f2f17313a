migrate -o valid.json old-names.json
