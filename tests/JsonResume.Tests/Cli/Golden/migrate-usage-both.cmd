migrate --in-place -o other.json old-names.json
