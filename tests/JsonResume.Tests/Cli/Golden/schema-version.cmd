validate --schema-version
