# --lang wins over meta.language
render meta-language.json --to markdown --lang en
