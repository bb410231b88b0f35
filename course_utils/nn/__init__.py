"""Chapters 07-08 in NumPy, one concept per module: activations, dense, losses, optim, init, norm (chapter 07);
rnn, lstm, gru and keras_weights (a Keras layer's weights as the equations' W_x, W_h, b; chapter 08).

Every function works in float64, names its arrays after the notebook's equations and carries shape
comments. Notebooks write each piece inline first; this package keeps the copy later chapters reuse.
Import the modules by path, e.g. ``from course_utils.nn.activations import sigmoid``.
"""
