// Errors the core raises on purpose carry a code and a Chinese message for the clerk.
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
