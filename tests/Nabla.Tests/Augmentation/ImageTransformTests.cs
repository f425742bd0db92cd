using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests;

/// <summary>Image transforms: known answers on tiny images, probabilities, bounds and determinism.</summary>
public sealed class ImageTransformTests
{
    // 1 2 3
    // 4 5 6
    // 7 8 9
    private static readonly double[] Three = [1, 2, 3, 4, 5, 6, 7, 8, 9];

    private static double[] Ramp(int height, int width) => Enumerable.Range(0, height * width).Select(i => (i + 1.0) / (height * width)).ToArray();

    [Fact]
    public void ShiftByOnePixelMovesContentAndFillsZeros()
    {
        Assert.Equal([0, 1, 2, 0, 4, 5, 0, 7, 8], RandomShift.Shift(Three, 3, 3, dx: 1, dy: 0));
        Assert.Equal([2, 3, 0, 5, 6, 0, 8, 9, 0], RandomShift.Shift(Three, 3, 3, dx: -1, dy: 0));
        Assert.Equal([0, 0, 0, 1, 2, 3, 4, 5, 6], RandomShift.Shift(Three, 3, 3, dx: 0, dy: 1));
        Assert.Equal([5, 6, 0, 8, 9, 0, 0, 0, 0], RandomShift.Shift(Three, 3, 3, dx: -1, dy: -1));
        Assert.Equal(Three, RandomShift.Shift(Three, 3, 3, 0, 0));
    }

    [Fact]
    public void HorizontalFlipMirrorsEachRow()
    {
        Assert.Equal([3, 2, 1, 6, 5, 4, 9, 8, 7], HorizontalFlip.Flip(Three, 3, 3));
        Assert.Equal([2, 1, 4, 3, 6, 5], HorizontalFlip.Flip([1, 2, 3, 4, 5, 6], 3, 2));
    }

    [Fact]
    public void RotationByZeroIsTheIdentity()
    {
        var image = Ramp(5, 7);
        var rotated = RandomRotation.Rotate(image, 5, 7, 0);
        Assert.All(Enumerable.Range(0, image.Length), i => Assert.Equal(image[i], rotated[i], 14));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void RotationBy90DegreesMatchesARotatedCopy(int n)
    {
        var image = Ramp(n, n);
        var rotated = RandomRotation.Rotate(image, n, n, 90);
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < n; c++)
            {
                Assert.Equal(image[c * n + (n - 1 - r)], rotated[r * n + c], 12);  // numpy rot90 (counter-clockwise)
            }
        }

        Assert.Equal([3, 6, 9, 2, 5, 8, 1, 4, 7], RandomRotation.Rotate(Three, 3, 3, 90).Select(v => Math.Round(v, 10)));
    }

    [Fact]
    public void RotationBy180IsBothFlips()
    {
        var rotated = RandomRotation.Rotate(Three, 3, 3, 180);
        Assert.Equal([9, 8, 7, 6, 5, 4, 3, 2, 1], rotated.Select(v => Math.Round(v, 10)));
    }

    [Fact]
    public void CropOfTheWholeImageIsTheIdentityAndCornersAreKept()
    {
        var image = Ramp(6, 6);
        var same = RandomZoomCrop.CropResize(image, 6, 6, 0, 0, 6, 6);
        Assert.All(Enumerable.Range(0, 36), i => Assert.Equal(image[i], same[i], 14));

        // A 3x3 window at (1, 2) stretched to 6x6: the corners come from the window's corners.
        var zoomed = RandomZoomCrop.CropResize(image, 6, 6, 1, 2, 3, 3);
        Assert.Equal(image[1 * 6 + 2], zoomed[0], 14);
        Assert.Equal(image[3 * 6 + 4], zoomed[35], 14);
        Assert.All(zoomed, v => Assert.InRange(v, image[1 * 6 + 2], image[3 * 6 + 4]));
    }

    [Fact]
    public void ErasedRectangleIsExactlyZeroAndTheRestUnchanged()
    {
        var image = Ramp(5, 6);
        var erased = RandomErasing.Erase(image, 5, 6, top: 1, left: 2, eraseHeight: 2, eraseWidth: 3);
        for (var r = 0; r < 5; r++)
        {
            for (var c = 0; c < 6; c++)
            {
                var inside = r is >= 1 and < 3 && c is >= 2 and < 5;
                Assert.Equal(inside ? 0.0 : image[r * 6 + c], erased[r * 6 + c]);
            }
        }
    }

    [Fact]
    public void RandomErasingBlanksOneRectangle()
    {
        var ones = Enumerable.Repeat(1.0, 28 * 28).ToArray();
        var erased = new RandomErasing(p: 1, minArea: 0.05, maxArea: 0.1).Apply(ones, 28, 28, new Random(3));
        var zeros = Enumerable.Range(0, erased.Length).Where(i => erased[i] == 0).ToArray();
        int top = zeros.Min(i => i / 28), bottom = zeros.Max(i => i / 28), left = zeros.Min(i => i % 28), right = zeros.Max(i => i % 28);
        Assert.Equal((bottom - top + 1) * (right - left + 1), zeros.Length);    // the zeros fill their bounding box
        Assert.InRange(zeros.Length, 1, 28 * 28 / 5);
        Assert.All(erased, v => Assert.True(v == 0 || v == 1));
    }

    [Fact]
    public void GaussianNoiseStaysInUnitRangeAndChangesPixels()
    {
        var image = Ramp(10, 10);
        var noisy = new GaussianNoise(0.5).Apply(image, 10, 10, new Random(1));
        Assert.All(noisy, v => Assert.InRange(v, 0.0, 1.0));
        Assert.Contains(noisy, v => v == 0.0);                                  // some clamped at each end
        Assert.Contains(noisy, v => v == 1.0);
        var gentle = new GaussianNoise(0.01).Apply(image, 10, 10, new Random(1));
        Assert.All(Enumerable.Range(0, 100), i => Assert.InRange(gentle[i] - image[i], -0.06, 0.06));
        Assert.Equal(image, new GaussianNoise(0).Apply(image, 10, 10, new Random(1)));
    }

    public static TheoryData<string> Transforms => ["shift", "rotation", "flip", "zoom", "noise", "erasing"];

    private static ImageTransform Make(string name, double p) => name switch
    {
        "shift" => new RandomShift(2, p),
        "rotation" => new RandomRotation(15, p),
        "flip" => new HorizontalFlip(p),
        "zoom" => new RandomZoomCrop(0.7, p),
        "noise" => new GaussianNoise(0.1, p),
        "erasing" => new RandomErasing(p, 0.05, 0.2),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Transforms))]
    public void ProbabilityZeroLeavesTheImageAndSameSeedRepeats(string name)
    {
        var image = Ramp(8, 8);
        Assert.Equal(image, Make(name, 0).Apply(image, 8, 8, new Random(5)));
        var a = Make(name, 1).Apply(image, 8, 8, new Random(5));
        var b = Make(name, 1).Apply(image, 8, 8, new Random(5));
        Assert.Equal(a, b);
        Assert.Equal(64, a.Length);
        Assert.Equal(Ramp(8, 8), image);                                        // the input is not modified
        var changed = Enumerable.Range(0, 20).Count(seed => !Make(name, 1).Apply(image, 8, 8, new Random(seed)).SequenceEqual(image));
        Assert.True(changed >= 10, $"{name} with p = 1 changed only {changed} of 20 images");
    }

    [Fact]
    public void ComposeAppliesInOrder()
    {
        var composed = new Compose(new RandomShift(0), new HorizontalFlip(p: 1)).Apply(Three, 3, 3, new Random(0));
        Assert.Equal(HorizontalFlip.Flip(Three, 3, 3), composed);
        var rngA = new Random(9);
        var chained = new Compose(new RandomShift(1), new RandomRotation(10)).Apply(Ramp(6, 6), 6, 6, rngA);
        var rngB = new Random(9);
        var byHand = new RandomRotation(10).Apply(new RandomShift(1).Apply(Ramp(6, 6), 6, 6, rngB), 6, 6, rngB);
        Assert.Equal(byHand, chained);
    }

    [Fact]
    public void WrongImageSizeIsReported()
    {
        var error = Assert.Throws<ArgumentException>(() => new RandomShift(1).Apply(new double[783], 28, 28, new Random(0)));
        Assert.StartsWith("RandomShift expects an image of 28x28 = 784 pixels, got 783.", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new HorizontalFlip(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => RandomErasing.Erase(Three, 3, 3, 2, 2, 2, 2));
    }

    [Fact]
    public void BatchApplyTransformsEveryRow()
    {
        var images = Matrix<double>.Build.Dense(3, 9, (i, j) => i * 10 + j);
        var flipped = new HorizontalFlip(p: 1).Apply(images, 3, 3, new Random(0));
        Assert.Equal((3, 9), (flipped.RowCount, flipped.ColumnCount));
        Assert.Equal(HorizontalFlip.Flip(images.Row(2).ToArray(), 3, 3), flipped.Row(2).ToArray());
        var error = Assert.Throws<ArgumentException>(() => new HorizontalFlip().Apply(images, 2, 4, new Random(0)));
        Assert.StartsWith("Expected images as rows of 2x4 = 8 pixels, got 9 columns.", error.Message);
    }
}
