render valid.json --to text --lang de-AT
