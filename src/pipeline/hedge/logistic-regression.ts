/**
 * L2-regularised logistic regression over binary features, fitted with L-BFGS. Used only
 * by the training script; kept here, pure and deterministic (fixed order of examples, no
 * randomness), so that training twice writes the same bytes.
 */

/** One training example: the ids of its active (value 1) features, its label and its weight. */
export interface Example {
  readonly features: Int32Array;
  readonly label: 0 | 1;
  readonly weight: number;
}

export interface FitOptions {
  /** Number of features; ids run from 0 to featureCount - 1. */
  readonly featureCount: number;
  /** The L2 penalty λ in λ/2·‖θ‖². */
  readonly l2: number;
  /** A feature id left unpenalised (the bias), or -1. */
  readonly unpenalised: number;
  readonly maxIterations?: number;
}

/** Fits the weights; returns them as a plain array indexed by feature id. */
export function fitLogisticRegression(examples: readonly Example[], options: FitOptions): Float64Array {
  const size = options.featureCount;
  const objective = (theta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    for (const example of examples) {
      let margin = 0;
      for (const id of example.features) margin += theta[id] ?? 0;
      const probability = sigmoid(margin);
      loss += example.weight * logLoss(margin, example.label);
      const residual = example.weight * (probability - example.label);
      for (const id of example.features) gradient[id] = (gradient[id] ?? 0) + residual;
    }
    for (let id = 0; id < size; id++) {
      if (id === options.unpenalised) continue;
      const value = theta[id] ?? 0;
      loss += (options.l2 / 2) * value * value;
      gradient[id] = (gradient[id] ?? 0) + options.l2 * value;
    }
    return loss;
  };
  return minimizeLbfgs(objective, size, options.maxIterations ?? 400);
}

/** The logistic function, safe for large margins. */
export function sigmoid(margin: number): number {
  return margin >= 0 ? 1 / (1 + Math.exp(-margin)) : Math.exp(margin) / (1 + Math.exp(margin));
}

function logLoss(margin: number, label: 0 | 1): number {
  // log(1 + e^-m) for positives, log(1 + e^m) for negatives, written to avoid overflow.
  const signed = label === 1 ? margin : -margin;
  return signed > 0 ? Math.log1p(Math.exp(-signed)) : -signed + Math.log1p(Math.exp(signed));
}

type Objective = (theta: Float64Array, gradient: Float64Array) => number;

function minimizeLbfgs(objective: Objective, size: number, maxIterations: number): Float64Array {
  const memory = 10;
  let theta = new Float64Array(size);
  let gradient = new Float64Array(size);
  let value = objective(theta, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const direction = twoLoopDirection(gradient, steps, changes, rhos);
    let slope = dot(direction, gradient);
    if (slope >= 0) {
      // Not a descent direction: restart from steepest descent.
      steps.length = changes.length = rhos.length = 0;
      for (let id = 0; id < size; id++) direction[id] = -(gradient[id] ?? 0);
      slope = dot(direction, gradient);
    }
    let stepSize = iteration === 0 ? 1 / Math.max(1, Math.sqrt(dot(gradient, gradient))) : 1;
    const nextTheta = new Float64Array(size);
    const nextGradient = new Float64Array(size);
    let nextValue = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let id = 0; id < size; id++) nextTheta[id] = (theta[id] ?? 0) + stepSize * (direction[id] ?? 0);
      nextValue = objective(nextTheta, nextGradient);
      if (nextValue <= value + 1e-4 * stepSize * slope) break;
      stepSize /= 2;
    }
    if (!(nextValue < value)) break;
    const step = new Float64Array(size);
    const change = new Float64Array(size);
    for (let id = 0; id < size; id++) {
      step[id] = (nextTheta[id] ?? 0) - (theta[id] ?? 0);
      change[id] = (nextGradient[id] ?? 0) - (gradient[id] ?? 0);
    }
    const curvature = dot(step, change);
    if (curvature > 1e-10) {
      steps.push(step);
      changes.push(change);
      rhos.push(1 / curvature);
      if (steps.length > memory) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
    }
    const improvement = (value - nextValue) / Math.max(1, Math.abs(value));
    theta = nextTheta;
    gradient = nextGradient;
    value = nextValue;
    if (improvement < 1e-9) break;
  }
  return theta;
}

function twoLoopDirection(
  gradient: Float64Array,
  steps: readonly Float64Array[],
  changes: readonly Float64Array[],
  rhos: readonly number[],
): Float64Array {
  const direction = Float64Array.from(gradient);
  const alphas: number[] = [];
  for (let k = steps.length - 1; k >= 0; k--) {
    const alpha = (rhos[k] ?? 0) * dot(steps[k] as Float64Array, direction);
    alphas[k] = alpha;
    axpy(-alpha, changes[k] as Float64Array, direction);
  }
  const last = steps.length - 1;
  if (last >= 0) {
    const change = changes[last] as Float64Array;
    const scale = dot(steps[last] as Float64Array, change) / dot(change, change);
    for (let id = 0; id < direction.length; id++) direction[id] = (direction[id] ?? 0) * scale;
  }
  for (let k = 0; k < steps.length; k++) {
    const beta = (rhos[k] ?? 0) * dot(changes[k] as Float64Array, direction);
    axpy((alphas[k] ?? 0) - beta, steps[k] as Float64Array, direction);
  }
  for (let id = 0; id < direction.length; id++) direction[id] = -(direction[id] ?? 0);
  return direction;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let id = 0; id < a.length; id++) sum += (a[id] ?? 0) * (b[id] ?? 0);
  return sum;
}

function axpy(scale: number, x: Float64Array, y: Float64Array): void {
  for (let id = 0; id < y.length; id++) y[id] = (y[id] ?? 0) + scale * (x[id] ?? 0);
}
