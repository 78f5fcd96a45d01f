"""Run the checker's extraction once over the 20k corpus; save mentions, sentences, titles to scratch."""
import pickle, time
from pathlib import Path
from checker.pipeline import build_corpus
from checker.documents import iter_corpus
from checker.config import Settings
from checker.engine import Engine

CORPUS = Path("/work/shared/corpus/baomoi-2017-20k.jsonl.gz")
t = time.time()
corpus = build_corpus(iter_corpus(CORPUS), Settings(), Engine(workers=2))
docs = {d.id: {"title": d.title, "text": d.text} for d in corpus.documents}
order = [d.id for d in corpus.documents]
sents = {k: (s.start, s.end, s.paragraph) for k, s in corpus.sentences.items()}
ments = [dict(doc=m.doc, sentence=m.sentence, start=m.start, end=m.end, quote=m.quote, value=m.value,
              low=m.low, high=m.high, unit=m.unit, hedge=m.hedge, hedge_kind=m.hedge_kind, modality=m.modality,
              kind=m.kind, metric=m.metric, period=m.period, baseline=m.baseline, subject=m.subject)
         for m in corpus.mentions]
with open("/work/labels/scratch/extract.pkl", "wb") as f:
    pickle.dump({"docs": docs, "order": order, "sents": sents, "mentions": ments}, f)
print(len(docs), len(sents), len(ments), time.time() - t)
