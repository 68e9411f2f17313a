render valid.json --to markdown --lang zh-Hant
