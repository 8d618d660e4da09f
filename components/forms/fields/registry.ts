import { CheckboxField } from './CheckboxField'
import { CopyField } from './CopyField'
import { DateField } from './DateField'
import { DateTimeField } from './DateTimeField'
import { EmailField } from './EmailField'
import { FilteredSelectField } from './FilteredSelectField'
import { InfoField } from './InfoField'
import { LocationField } from './LocationField'
import { MultiSelectField } from './MultiSelectField'
import { NumberField } from './NumberField'
import { PasswordField } from './PasswordField'
import { SelectField } from './SelectField'
import { TelField } from './TelField'
import { TextareaField } from './TextareaField'
import { TextField } from './TextField'
import { TimeField } from './TimeField'
import { UrlField } from './UrlField'
import type { FieldRegistry } from './types'

/**
 * One component per field type. Override some with `<FieldRegistryProvider fields={…}>` (app-wide)
 * or a form's `fields` prop; they merge `{ ...defaultFieldRegistry, ...provider, ...prop }`.
 */
export const defaultFieldRegistry: FieldRegistry = {
  text: TextField,
  checkbox: CheckboxField,
  tel: TelField,
  email: EmailField,
  url: UrlField,
  textarea: TextareaField,
  select: SelectField,
  'filtered-select': FilteredSelectField,
  'multi-select': MultiSelectField,
  datetime: DateTimeField,
  date: DateField,
  time: TimeField,
  number: NumberField,
  password: PasswordField,
  copy: CopyField,
  info: InfoField,
  location: LocationField,
}
