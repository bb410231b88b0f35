"""Training rows for a sequence tagger: paragraphs packed into one stream and cut into fixed windows.

Padding every paragraph to the longest one wastes most of the array when lengths vary a lot;
packing wastes nothing but the last partial window::

    paragraph ids    [5 6 7] [8 9] [3 4 2 6]      labels (to_tagging)  [0 1 0] [0 0] [0 0 1 0]
    stream           5 6 7 8 9 3 4 2 6            stream labels        0 1 1 0 1 0 0 1 1
    window = 4   ->  X = [[5 6 7 8], [9 3 4 2]]   Y = [[0 1 1 0], [1 0 0 1]]   (the 6 is dropped)

The last label of each paragraph becomes 1 in the stream: a paragraph ends where a word ends, so
the window that runs across the join must learn a boundary there, not a glued word.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from course_utils.validation import as_list, check_int

__all__ = ["pack_windows"]


def pack_windows(ids: Sequence[Any], labels: Sequence[Any], window: int) -> tuple[np.ndarray, np.ndarray]:
    """Pack per-paragraph ``ids`` and 0/1 ``labels`` into ``X (N, window)`` int32 and ``Y (N, window, 1)`` float32.

    ``ids[k]`` holds the character ids of paragraph ``k`` and ``labels[k]`` its labels from
    :func:`~course_utils.spacing.labels.to_tagging` (1 = a space follows; same length as ``ids[k]``).
    The paragraphs are concatenated in order, the last label of each set to 1 (a paragraph end is a
    word end), and the stream is cut into ``N = len(stream) // window`` rows; the remainder is dropped.
    """
    id_rows = as_list(ids, "ids", what="a list of per-paragraph id sequences", hint="wrap one paragraph: [ids]")
    label_rows = as_list(labels, "labels", what="a list of per-paragraph label sequences", hint="wrap one: [labels]")
    window = check_int(window, "window", minimum=1)
    if len(id_rows) != len(label_rows):
        raise ValueError(
            f"got {len(id_rows)} id sequences but {len(label_rows)} label sequences; pass one per paragraph"
        )
    stream_ids: list[np.ndarray] = []
    stream_labels: list[np.ndarray] = []
    for k, (row_ids, row_labels) in enumerate(zip(id_rows, label_rows, strict=True)):
        x = np.asarray(row_ids)
        y = np.asarray(row_labels)
        if x.ndim != 1 or y.ndim != 1:
            raise ValueError(f"ids[{k}] and labels[{k}] must be flat sequences, got shapes {x.shape} and {y.shape}")
        if len(x) == 0:
            raise ValueError(f"paragraph {k} is empty; drop empty paragraphs before packing")
        if len(x) != len(y):
            raise ValueError(f"paragraph {k} has {len(x)} ids but {len(y)} labels; pass one label per character")
        if not np.issubdtype(x.dtype, np.integer):
            raise TypeError(f"ids[{k}] must hold integer character ids, got dtype {x.dtype}")
        if x.min() < 0 or x.max() > np.iinfo(np.int32).max:
            raise ValueError(f"ids[{k}] holds id {int(x.min() if x.min() < 0 else x.max())}; ids must be in 0..2**31-1")
        if not np.all((y == 0) | (y == 1)):
            raise ValueError(f"labels[{k}] must hold only 0 and 1 (1 = a space follows), got {sorted(set(y.tolist()))}")
        y = y.astype(np.float32)  # (len,)
        y[-1] = 1.0  # a paragraph end is a word end
        stream_ids.append(x.astype(np.int32))
        stream_labels.append(y)
    all_ids = np.concatenate(stream_ids)  # (L,)
    all_labels = np.concatenate(stream_labels)  # (L,)
    n = len(all_ids) // window
    if n == 0:
        raise ValueError(
            f"the paragraphs hold {len(all_ids)} characters, fewer than one window of {window}; "
            "pass more text or a smaller window"
        )
    X = all_ids[: n * window].reshape(n, window)  # (N, window)
    Y = all_labels[: n * window].reshape(n, window, 1)  # (N, window, 1)
    return X, Y
