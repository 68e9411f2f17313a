render valid.json --to text
