render valid.json --to pdf
