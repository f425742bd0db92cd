namespace Nabla;

/// <summary>Reads an image between pixel centres by bilinear interpolation (used by rotation and zoom).</summary>
internal static class Bilinear
{
    /// <summary>
    /// The value at fractional position (row, col): the four surrounding pixels weighted by closeness,
    /// (1 - fr)(1 - fc) p00 + (1 - fr) fc p01 + fr (1 - fc) p10 + fr fc p11. Pixels outside the image count as 0.
    /// </summary>
    public static double Sample(double[] image, int height, int width, double row, double col)
    {
        var r0 = (int)Math.Floor(row);
        var c0 = (int)Math.Floor(col);
        var fr = row - r0;
        var fc = col - c0;
        return (1 - fr) * (1 - fc) * Pixel(image, height, width, r0, c0)
             + (1 - fr) * fc * Pixel(image, height, width, r0, c0 + 1)
             + fr * (1 - fc) * Pixel(image, height, width, r0 + 1, c0)
             + fr * fc * Pixel(image, height, width, r0 + 1, c0 + 1);
    }

    private static double Pixel(double[] image, int height, int width, int r, int c) =>
        r >= 0 && r < height && c >= 0 && c < width ? image[r * width + c] : 0.0;
}
