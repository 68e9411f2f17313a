# meta.language picks the language when --lang is not given
render meta-language.json --to text
