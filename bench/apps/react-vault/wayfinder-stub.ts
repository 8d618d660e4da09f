/**
 * Stands in for `@apideck/wayfinder` in the react-vault bench app. Its 0.2.3 build bundles React
 * 18's JSX runtime, which reads `React.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED` as the
 * module loads and throws on React 19. react-vault only renders `WayFinder` in its field-mapping
 * editor, which the bench never opens.
 */
export function WayFinder(): null {
  return null
}
