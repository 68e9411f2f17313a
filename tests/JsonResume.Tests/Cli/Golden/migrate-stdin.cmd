migrate -
< old-names.json
