using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// A weight-initialization scheme: draws the (fanIn x fanOut) weight matrix W of one layer from a seeded
/// <see cref="Random"/>. Every scheme in <see cref="Init"/> has this shape, so it can be passed to a layer:
/// <c>new Linear(784, 128, rng, Init.HeNormal)</c>. Notebook 05.
/// </summary>
/// <param name="fanIn">The layer's number of inputs n_in (rows of W).</param>
/// <param name="fanOut">The layer's number of outputs n_out (columns of W).</param>
/// <param name="rng">The seeded source of randomness; entries are drawn row by row.</param>
/// <returns>A new (fanIn, fanOut) matrix.</returns>
public delegate Matrix<double> Initializer(int fanIn, int fanOut, Random rng);
