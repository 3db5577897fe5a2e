/** A straight line y = intercept + slope · x fitted to points, with how well it fits. */
export interface LineFit {
  slope: number;
  intercept: number;
  /** Coefficient of determination: 1 when every point lies on the line. */
  rSquared: number;
}

/**
 * The least-squares line through points: how much y grows per unit of x, which for build
 * time against sources or claims is the cost of one more. Needs two distinct x values.
 */
export function fitLine(points: readonly { x: number; y: number }[]): LineFit {
  const xs = new Set(points.map((point) => point.x));
  if (xs.size < 2) throw new Error('a line needs points at two different x values at least');
  const count = points.length;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / count;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / count;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (const { x, y } of points) {
    covariance += (x - meanX) * (y - meanY);
    varianceX += (x - meanX) ** 2;
    varianceY += (y - meanY) ** 2;
  }
  const slope = covariance / varianceX;
  const intercept = meanY - slope * meanX;
  const residual = points.reduce((sum, { x, y }) => sum + (y - intercept - slope * x) ** 2, 0);
  return { slope, intercept, rSquared: varianceY === 0 ? 1 : 1 - residual / varianceY };
}
