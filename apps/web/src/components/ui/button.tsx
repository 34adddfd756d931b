import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { Spinner } from './spinner';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

interface StyleProps {
  variant?: ButtonVariant;
  size?: 'medium' | 'small';
  block?: boolean;
}

export function buttonClass(
  { variant = 'primary', size = 'medium', block = false }: StyleProps,
  extra?: string,
) {
  return [
    'button',
    `button--${variant}`,
    size === 'small' && 'button--small',
    block && 'button--block',
    extra,
  ]
    .filter(Boolean)
    .join(' ');
}

interface ButtonProps extends ComponentPropsWithRef<'button'>, StyleProps {
  /** Shows a spinner and blocks repeated clicks while an action runs. */
  loading?: boolean;
  children: ReactNode;
}

export function Button({
  variant,
  size,
  block,
  loading = false,
  type = 'button',
  className,
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={buttonClass({ variant, size, block }, className)}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
    >
      {loading && <Spinner />}
      {children}
    </button>
  );
}

export function ButtonLink({ variant, size, block, className, ...rest }: LinkProps & StyleProps) {
  return <Link {...rest} className={buttonClass({ variant, size, block }, className)} />;
}
