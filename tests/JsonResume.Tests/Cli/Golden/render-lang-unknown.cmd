render valid.json --to markdown --lang xx
