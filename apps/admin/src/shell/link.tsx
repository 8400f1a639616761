import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../lib/router.js';
import { type Route, toPath } from '../lib/routes.js';

/** Props of {@link Link}. */
export interface LinkProps {
  route: Route;
  children: ReactNode;
  className?: string;
  'aria-current'?: 'page' | undefined;
}

/** A real link (so it opens in a new tab, and is keyboard-usable) that navigates in place. */
export function Link({ route, children, ...rest }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(route);
  };
  return (
    <a href={toPath(route)} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
