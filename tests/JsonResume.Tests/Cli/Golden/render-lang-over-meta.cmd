# --lang wins over meta.language
render lang/meta-language.json --to markdown --lang en
