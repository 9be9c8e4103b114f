#!/usr/bin/python3
"""Peer for bench_tokenize: Hugging Face's slow BertTokenizer in plain Python.

Debian packages no python3-transformers, so this is a stand-alone transcription of the
algorithm of transformers 4.43.4 (Apache-2.0): PreTrainedTokenizer.tokenize (lower-case every
character outside special tokens, split out special tokens), BasicTokenizer (_clean_text,
_tokenize_chinese_chars, NFC, whitespace split, lower case / _run_strip_accents,
_run_split_on_punc) and WordpieceTokenizer (greedy longest match first, "##", [UNK] for words
over 100 characters or with a piece that has no match). No other optimisation than HF's own.

argv: vocab.txt sentences.txt out_cased.txt out_uncased.txt repetitions
Writes the tokens of each sentence (space-joined, one line each) for both settings and prints
the best process CPU time per setting as JSON (time.process_time(): the machines are shared).
"""
import json
import re
import sys
import time
import unicodedata

SPECIALS = ["[UNK]", "[SEP]", "[PAD]", "[CLS]", "[MASK]"]


def load_vocab(path):
    vocab = {}
    with open(path, "r", encoding="utf-8") as reader:
        for index, token in enumerate(reader.readlines()):
            vocab[token.rstrip("\n")] = index
    return vocab


def is_whitespace(char):
    if char in (" ", "\t", "\n", "\r"):
        return True
    return unicodedata.category(char) == "Zs"


def is_control(char):
    if char in ("\t", "\n", "\r"):
        return False
    return unicodedata.category(char) in ("Cc", "Cf")


def is_punctuation(char):
    cp = ord(char)
    if (33 <= cp <= 47) or (58 <= cp <= 64) or (91 <= cp <= 96) or (123 <= cp <= 126):
        return True
    return unicodedata.category(char).startswith("P")


def is_chinese_char(cp):
    return ((0x4E00 <= cp <= 0x9FFF) or (0x3400 <= cp <= 0x4DBF) or (0x20000 <= cp <= 0x2A6DF)
            or (0x2A700 <= cp <= 0x2B73F) or (0x2B740 <= cp <= 0x2B81F) or (0x2B820 <= cp <= 0x2CEAF)
            or (0xF900 <= cp <= 0xFAFF) or (0x2F800 <= cp <= 0x2FA1F))


class BertTokenizer:
    def __init__(self, vocab, do_lower_case):
        self.vocab = vocab
        self.do_lower_case = do_lower_case
        self.strip_accents = do_lower_case  # strip_accents=None follows do_lower_case
        self.never_split = set(SPECIALS)
        escaped = "|".join(re.escape(s) for s in SPECIALS)
        self.lower_pattern = re.compile(r"(" + escaped + r")|(.+?)", re.DOTALL)
        self.split_pattern = re.compile(r"(" + escaped + r")")

    def tokenize(self, text):
        if self.do_lower_case:
            text = self.lower_pattern.sub(lambda m: m.groups()[0] or m.groups()[1].lower(), text)
        out = []
        for part in self.split_pattern.split(text):
            if not part:
                continue
            if part in self.never_split:
                out.append(part)
                continue
            for token in self.basic_tokenize(part):
                out.extend(self.wordpiece(token))
        return out

    def basic_tokenize(self, text):
        chars = []
        for char in text:
            cp = ord(char)
            if cp == 0 or cp == 0xFFFD or is_control(char):
                continue
            if is_whitespace(char):
                chars.append(" ")
            elif is_chinese_char(cp):
                chars.extend((" ", char, " "))
            else:
                chars.append(char)
        text = unicodedata.normalize("NFC", "".join(chars))
        split_tokens = []
        for token in text.strip().split():
            if token not in self.never_split:
                if self.do_lower_case:
                    token = token.lower()
                    if self.strip_accents is not False:
                        token = self.strip(token)
                elif self.strip_accents:
                    token = self.strip(token)
            split_tokens.extend(self.split_on_punc(token))
        return " ".join(split_tokens).strip().split()

    @staticmethod
    def strip(text):
        text = unicodedata.normalize("NFD", text)
        return "".join(c for c in text if unicodedata.category(c) != "Mn")

    def split_on_punc(self, text):
        if text in self.never_split:
            return [text]
        output = []
        start_new_word = True
        for char in text:
            if is_punctuation(char):
                output.append([char])
                start_new_word = True
            else:
                if start_new_word:
                    output.append([])
                start_new_word = False
                output[-1].append(char)
        return ["".join(x) for x in output]

    def wordpiece(self, token):
        if token in self.never_split:
            return [token]
        chars = list(token)
        if len(chars) > 100:
            return ["[UNK]"]
        start = 0
        sub_tokens = []
        while start < len(chars):
            end = len(chars)
            cur = None
            while start < end:
                substr = "".join(chars[start:end])
                if start > 0:
                    substr = "##" + substr
                if substr in self.vocab:
                    cur = substr
                    break
                end -= 1
            if cur is None:
                return ["[UNK]"]
            sub_tokens.append(cur)
            start = end
        return sub_tokens


def main():
    vocab_path, sentences_path, out_cased, out_uncased, reps = sys.argv[1:6]
    vocab = load_vocab(vocab_path)
    with open(sentences_path, encoding="utf-8") as f:
        sentences = f.read().split("\n")
    result = {}
    for name, lower, out_path in (("cased", False, out_cased), ("uncased", True, out_uncased)):
        tok = BertTokenizer(vocab, lower)
        best = float("inf")
        outputs = None
        for _ in range(int(reps)):
            start = time.process_time()
            outputs = [tok.tokenize(s) for s in sentences]
            best = min(best, time.process_time() - start)
        with open(out_path, "w", encoding="utf-8") as f:
            f.write("\n".join(" ".join(t) for t in outputs))
        result[name] = best
    print(json.dumps(result))


if __name__ == "__main__":
    main()
